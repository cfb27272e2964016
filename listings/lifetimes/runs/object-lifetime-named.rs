// `+ 'a`: the boxed closure may hold borrows that last for `'a`.
struct Button<'a> {
    on_click: Box<dyn Fn() + 'a>,
}

// `&dyn Fn()` here means `&'r (dyn Fn() + 'r)`: no `'static` needed.
fn press(action: &dyn Fn()) {
    action();
}

fn main() {
    let label = String::from("Save");
    let button = Button {
        on_click: Box::new(|| println!("clicked {label}")),
    };
    (button.on_click)();
    press(&|| println!("pressed {label}"));
}
