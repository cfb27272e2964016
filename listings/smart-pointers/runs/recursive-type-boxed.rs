// Each car holds a pointer to the rest of the train, not the rest itself.
enum Train {
    Car(&'static str, Box<Train>),
    End,
}

fn describe(train: &Train) -> String {
    match train {
        Train::Car(name, rest) => format!("{name} -> {}", describe(rest)),
        Train::End => String::from("end"),
    }
}

fn main() {
    let train = Train::Car(
        "engine",
        Box::new(Train::Car("dining", Box::new(Train::End))),
    );
    println!("{}", describe(&train));
    println!("size of Train: {} bytes", std::mem::size_of::<Train>());
}
