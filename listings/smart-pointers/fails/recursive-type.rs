// A chain of train cars: each car is followed by another car, or by the end.
enum Train {
    Car(&'static str, Train),
    End,
}

fn main() {
    // Nothing here uses Train: the definition alone is rejected.
}
