fn main() {
    let mut queue = vec![10, 20, 30];

    let first = queue[0]; // copies the i32 out; nothing stays borrowed
    queue.push(40);

    println!("first in line: {first}");
    println!("queue: {queue:?}");
}
