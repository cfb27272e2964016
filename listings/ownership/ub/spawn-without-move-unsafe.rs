use std::sync::mpsc;
use std::thread;

// A raw pointer is not `Send`. This wrapper claims that it may cross
// to another thread anyway, which is the lie that makes this compile.
struct Shared<T>(*const T);
unsafe impl<T> Send for Shared<T> {}
impl<T> Shared<T> {
    // A method, so that the closure captures the whole wrapper rather
    // than its field, the bare pointer.
    fn get(&self) -> *const T {
        self.0
    }
}

fn start(go: mpsc::Receiver<()>) -> thread::JoinHandle<Vec<String>> {
    let jobs = vec![String::from("resize"), String::from("upload")];
    let jobs_ptr = Shared(&raw const jobs);

    thread::spawn(move || {
        go.recv().unwrap(); // wait until `start` has returned
        let mut report = Vec::new();
        for job in unsafe { &*jobs_ptr.get() } {
            report.push(format!("{job}: done"));
        }
        report
    })
} // `jobs` is dropped here, and its slot in this frame is gone

fn main() {
    let (go, wait) = mpsc::channel();
    let worker = start(wait);
    go.send(()).unwrap();

    let report = worker.join().unwrap();
    println!("{report:?}");
}
