fn main() {
    let mut queue = vec![10, 20, 30];

    let first = &queue[0];
    queue.push(40);

    println!("first in line: {first}");
}
