// Prints a line when the frame that holds it is popped.
struct Guard(&'static str, usize); // function name, indentation

impl Drop for Guard {
    fn drop(&mut self) {
        println!("{:width$}leave {}", "", self.0, width = self.1);
    }
}

fn inner(depth: u32) -> u32 {
    let _guard = Guard("inner", 4);
    println!("    enter inner, depth = {depth}");
    depth * 10
}

fn outer() -> u32 {
    let _guard = Guard("outer", 2);
    println!("  enter outer");
    let a = inner(1);
    let b = inner(2);
    a + b
}

fn main() {
    let _guard = Guard("main", 0);
    println!("enter main");
    let total = outer();
    println!("total = {total}");
}
