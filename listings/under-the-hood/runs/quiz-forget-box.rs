use std::mem;

struct Buffer(Vec<u8>);

impl Drop for Buffer {
    fn drop(&mut self) {
        println!("freeing {} bytes", self.0.len());
    }
}

fn main() {
    let kept = Buffer(vec![0; 16]);
    let forgotten = Box::new(Buffer(vec![0; 1024]));
    mem::forget(forgotten);
    println!("forgot the big buffer");
    drop(kept);
    println!("end of main");
}
