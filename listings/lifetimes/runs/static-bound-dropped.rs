use std::thread;

struct Noisy(String);

impl Drop for Noisy {
    fn drop(&mut self) {
        println!("dropping {}", self.0);
    }
}

fn main() {
    let text = String::from("borrowed");
    // Scoped threads are joined before `scope` returns, so their
    // closures may borrow locals: no 'static bound here.
    thread::scope(|s| {
        s.spawn(|| println!("scoped thread reads {text:?}"));
    });

    // `Noisy: 'static`, yet the value is dropped long before the
    // program ends: the bound is about borrows, not about duration.
    let value = Noisy(String::from("a 'static value"));
    thread::spawn(move || println!("thread got {}", value.0))
        .join()
        .unwrap();
    println!("main goes on");
}
