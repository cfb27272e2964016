use std::mem::size_of;

trait Shape {
    fn area(&self) -> f64;
    fn name(&self) -> String;
}

struct Square(f64);
struct Circle {
    radius: f64,
}

impl Shape for Square {
    fn area(&self) -> f64 {
        self.0 * self.0
    }
    fn name(&self) -> String {
        format!("square of side {}", self.0)
    }
}

impl Shape for Circle {
    fn area(&self) -> f64 {
        std::f64::consts::PI * self.radius * self.radius
    }
    fn name(&self) -> String {
        format!("circle of radius {}", self.radius)
    }
}

fn main() {
    // Two different types, sizes and layouts, in one Vec.
    let square = Box::new(Square(2.0));
    let circle = Box::new(Circle { radius: 1.0 });
    let shapes: Vec<Box<dyn Shape>> = vec![square, circle];
    for shape in &shapes {
        println!("{}: area {:.2}", shape.name(), shape.area());
    }
    println!("Box<Square>:    {} bytes", size_of::<Box<Square>>());
    println!("Box<dyn Shape>: {} bytes", size_of::<Box<dyn Shape>>());
}
