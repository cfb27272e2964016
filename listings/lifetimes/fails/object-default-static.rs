struct Button {
    on_click: Box<dyn Fn()>, // no lifetime written
}

fn main() {
    let label = String::from("Save");
    let button = Button {
        on_click: Box::new(|| println!("clicked {label}")),
    };
    (button.on_click)();
}
