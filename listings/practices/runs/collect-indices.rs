fn main() {
    let mut stock = vec![("rope", 0), ("lamp", 3), ("map", 0), ("axe", 1)];

    // Pass 1: only shared borrows. Remember *where*, not *what*.
    let empty: Vec<usize> = stock
        .iter()
        .enumerate()
        .filter(|(_, (_, count))| *count == 0)
        .map(|(i, _)| i)
        .collect();

    // Pass 2: the shared borrows are over; mutate freely.
    for i in empty {
        stock[i].1 = 5;
    }
    println!("{stock:?}");
}
