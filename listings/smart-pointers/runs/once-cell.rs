use std::cell::OnceCell;

struct Document {
    text: String,
    word_count: OnceCell<usize>, // empty until first asked for
}

impl Document {
    fn words(&self) -> usize {
        // The closure runs only if the cell is still empty.
        *self.word_count.get_or_init(|| {
            println!("  (counting words)");
            self.text.split_whitespace().count()
        })
    }
}

fn main() {
    let doc = Document {
        text: String::from("the quick brown fox"),
        word_count: OnceCell::new(),
    };
    println!("cached: {:?}", doc.word_count.get());
    println!("words: {}", doc.words());
    println!("words: {}", doc.words());
    println!("cached: {:?}", doc.word_count.get());

    // set fails once the cell holds a value: it is written at most once.
    println!("set again: {:?}", doc.word_count.set(99));
}
