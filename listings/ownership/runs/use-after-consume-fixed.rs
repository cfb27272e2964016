struct Readings {
    values: Vec<u32>,
}

// Counts the readings above `limit`, consuming them.
fn count_above(readings: Readings, limit: u32) -> usize {
    let mut above = 0;
    for &value in &readings.values {
        if value > limit {
            above += 1;
        }
    }
    above
}

fn main() {
    let readings = Readings {
        values: vec![18, 21, 25, 19],
    };
    let total = readings.values.len(); // take what main needs first...
    let above = count_above(readings, 20); // ...then give the value away
    println!("{above} of {total} readings above 20");
}
