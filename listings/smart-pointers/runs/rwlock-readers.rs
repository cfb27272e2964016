use std::sync::RwLock;

fn main() {
    let settings = RwLock::new(String::from("theme=dark"));

    {
        // Any number of read guards may exist at the same time.
        let a = settings.read().unwrap();
        let b = settings.read().unwrap();
        println!("two readers: {a}, {b}");

        // A writer must wait for every reader; try_write does not wait.
        println!("try_write while reading: {}", settings.try_write().is_ok());
    } // both read guards are dropped here

    {
        let mut w = settings.write().unwrap();
        w.push_str(";font=large");
        // While the writer holds its guard, nobody may read.
        println!("try_read while writing: {}", settings.try_read().is_ok());
    }

    println!("now: {}", settings.read().unwrap());
}
