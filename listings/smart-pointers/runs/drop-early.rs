struct TempFile {
    path: &'static str,
}

impl Drop for TempFile {
    fn drop(&mut self) {
        println!("removing {}", self.path);
    }
}

fn main() {
    let _log = TempFile { path: "log.tmp" };
    let scratch = TempFile {
        path: "scratch.tmp",
    };
    drop(scratch); // std::mem::drop: takes ownership, so drop runs now
    println!("still working");

    let boxed = Box::new(TempFile { path: "boxed.tmp" });
    drop(boxed); // Drop for TempFile runs, then the heap block is freed
    println!("end of main");
} // _log is dropped here
