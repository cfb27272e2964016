fn make_point() -> &'static [i32; 2] {
    let point = [3, 4]; // lives in make_point's frame
    &point // the frame is popped when make_point returns
}

fn main() {
    let p = make_point();
    println!("{p:?}");
}
