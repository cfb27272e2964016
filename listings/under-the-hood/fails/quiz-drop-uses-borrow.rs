struct Recorder<'a> {
    log: &'a mut Vec<String>,
}

impl Drop for Recorder<'_> {
    fn drop(&mut self) {
        self.log.push(String::from("recorder closed"));
    }
}

fn main() {
    let mut log = Vec::new();
    let recorder = Recorder { log: &mut log };
    recorder.log.push(String::from("started"));
    // `recorder` is not mentioned again...
    println!("{} entries", log.len());
}
