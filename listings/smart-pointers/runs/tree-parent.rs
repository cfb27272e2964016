use std::cell::RefCell;
use std::rc::{Rc, Weak};

struct Folder {
    name: String,
    parent: RefCell<Weak<Folder>>,      // up: does not own
    children: RefCell<Vec<Rc<Folder>>>, // down: owns
}

fn folder(name: &str) -> Rc<Folder> {
    Rc::new(Folder {
        name: name.to_string(),
        parent: RefCell::new(Weak::new()), // points at nothing yet
        children: RefCell::new(Vec::new()),
    })
}

fn adopt(parent: &Rc<Folder>, child: Rc<Folder>) {
    *child.parent.borrow_mut() = Rc::downgrade(parent);
    parent.children.borrow_mut().push(child);
}

fn path(folder: &Folder) -> String {
    match folder.parent.borrow().upgrade() {
        Some(parent) => format!("{}/{}", path(&parent), folder.name),
        None => folder.name.clone(),
    }
}

fn main() {
    let photos = folder("photos");
    {
        let home = folder("home");
        adopt(&home, Rc::clone(&photos));
        println!("path: {}", path(&photos));
        println!("home: strong = {}", Rc::strong_count(&home));
        println!("photos: strong = {}", Rc::strong_count(&photos));
        println!("children of home: {}", home.children.borrow().len());
    } // home's last Rc is dropped: home and its Vec of children go

    println!("path: {}", path(&photos));
    println!("photos: strong = {}", Rc::strong_count(&photos));
}
