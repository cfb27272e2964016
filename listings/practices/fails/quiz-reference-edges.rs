struct City<'a> {
    name: &'static str,
    road_to: Option<&'a City<'a>>, // an edge as a reference
}

fn main() {
    let mut cities = Vec::new();
    cities.push(City {
        name: "Lyon",
        road_to: None,
    });
    let lyon = &cities[0];
    cities.push(City {
        name: "Paris",
        road_to: Some(lyon),
    });
    println!("{} -> {}", cities[1].name, cities[1].road_to.unwrap().name);
}
