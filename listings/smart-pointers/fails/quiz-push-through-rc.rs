use std::rc::Rc;

fn main() {
    let queue = Rc::new(vec![String::from("first job")]);
    let producer = Rc::clone(&queue);
    producer.push(String::from("second job"));
    println!("{} jobs", queue.len());
}
