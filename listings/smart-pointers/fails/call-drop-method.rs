struct TempFile {
    path: &'static str,
}

impl Drop for TempFile {
    fn drop(&mut self) {
        println!("removing {}", self.path);
    }
}

fn main() {
    let scratch = TempFile {
        path: "scratch.tmp",
    };
    scratch.drop(); // clean up now, before the end of main
    println!("still working");
}
