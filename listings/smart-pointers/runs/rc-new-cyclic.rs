use std::rc::{Rc, Weak};

// No RefCell: every field has its final value when the folder is built.
struct Folder {
    name: &'static str,
    parent: Weak<Folder>,      // up: does not own
    children: Vec<Rc<Folder>>, // down: owns
}

fn folder(name: &'static str, kids: &[&'static str]) -> Rc<Folder> {
    Rc::new_cyclic(|me: &Weak<Folder>| {
        // `me` points at the block being built; it cannot upgrade yet.
        let ready = me.upgrade().is_some();
        println!("building {name}: me upgrades: {ready}");
        let child = |name| {
            let parent = me.clone(); // adds 1 to the weak count
            Rc::new(Folder {
                name,
                parent,
                children: Vec::new(),
            })
        };
        let children = kids.iter().map(|&kid| child(kid)).collect();
        Folder {
            name,
            parent: Weak::new(),
            children,
        }
    })
}

fn main() {
    let home = folder("home", &["photos", "music"]);
    for child in &home.children {
        let parent = child.parent.upgrade().expect("home is alive");
        println!("{} is in {}", child.name, parent.name);
    }
    let (strong, weak) = (Rc::strong_count(&home), Rc::weak_count(&home));
    println!("home: strong {strong}, weak {weak}");
}
