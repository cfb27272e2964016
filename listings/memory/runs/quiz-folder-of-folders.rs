// A folder holds other folders: a type that mentions itself.
struct Folder {
    name: String,
    children: Vec<Folder>,
}

fn count(folder: &Folder) -> usize {
    1 + folder.children.iter().map(count).sum::<usize>()
}

fn main() {
    let docs = Folder {
        name: String::from("docs"),
        children: Vec::new(),
    };
    let src = Folder {
        name: String::from("src"),
        children: Vec::new(),
    };
    let root = Folder {
        name: String::from("root"),
        children: vec![docs, src],
    };
    println!("{} holds {} folders", root.name, count(&root));
    println!("the first is {}", root.children[0].name);
    println!("a Folder is {} bytes", size_of::<Folder>());
}
