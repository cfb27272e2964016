use std::thread;

fn cap(values: &mut [u32], max: u32) {
    for value in values {
        *value = (*value).min(max);
    }
}

fn main() {
    let mut scores = vec![120, 45, 99, 300, 7, 101];

    let middle = scores.len() / 2;
    let (left, right) = scores.split_at_mut(middle); // two disjoint halves

    thread::scope(|s| {
        s.spawn(|| cap(left, 100)); // only this thread reaches `left`
        s.spawn(|| cap(right, 100)); // and only this one `right`
    });

    println!("{scores:?}");
}
