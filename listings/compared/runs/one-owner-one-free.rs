// A heap value that prints a line when it is freed.
struct Block(&'static str);

impl Drop for Block {
    fn drop(&mut self) {
        println!("free {}", self.0);
    }
}

fn main() {
    let buffer = Box::new(Block("buffer"));
    println!("use {}", buffer.0);

    let alias = buffer; // ownership moves: `buffer` is now unusable
    println!("use {} through the new owner", alias.0);

    drop(alias); // the one and only free
    println!("end of main: nothing left to free");
}
