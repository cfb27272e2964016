fn total(values: &[u32]) -> u32 {
    values.iter().sum()
}

fn double_all(values: &mut [u32]) {
    for value in values {
        *value *= 2;
    }
}

fn main() {
    let array = [1, 2, 3, 4];
    let mut vector = vec![10, 20, 30, 40];

    println!("whole array: {}", total(&array)); // &[u32; 4] -> &[u32]
    println!("middle of vector: {}", total(&vector[1..3]));

    double_all(&mut vector[2..]); // change only the last two elements
    println!("{vector:?}");

    let (left, right) = vector.split_at_mut(2); // two disjoint &mut [u32]
    left[0] += right[0];
    println!("{vector:?}");
}
