fn sum(values: &[i32]) -> i32 {
    let mut total: i32; // declared, but nothing written to it yet

    for v in values {
        total += v;
    }
    total
}

fn main() {
    println!("{}", sum(&[3, 4, 5]));
}
