use std::thread;

fn main() {
    let names = vec![String::from("ana"), String::from("bo")];
    // The thread is joined before `names` goes away...
    let worker = thread::spawn(|| {
        println!("{} names", names.len());
    });
    worker.join().unwrap();
    println!("{names:?}");
}
