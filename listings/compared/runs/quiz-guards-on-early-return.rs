struct Guard(&'static str);

impl Drop for Guard {
    fn drop(&mut self) {
        println!("release {}", self.0);
    }
}

fn save(fail: bool) -> Result<(), String> {
    let _lock = Guard("lock");
    let _file = Guard("file");
    if fail {
        return Err(String::from("disk full"));
    }
    println!("saved");
    Ok(())
}

fn main() {
    println!("{:?}", save(false));
    println!("{:?}", save(true));
}
