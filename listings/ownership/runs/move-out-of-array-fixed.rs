fn main() {
    let mut podium = [
        String::from("Ada"),
        String::from("Grace"),
        String::from("Alan"),
    ];

    // Borrow the element: nothing moves.
    let winner = &podium[0];
    println!("borrowed: {winner}");

    // Take it: the String moves out, an empty one stays in its slot.
    let second = std::mem::take(&mut podium[1]);
    println!("taken: {second}, now {podium:?}");

    // Destructure the array: a pattern moves every element out at once.
    let [first, _, third] = podium;
    println!("moved out: {first} and {third}");

    // Or consume an array by iterating over it by value.
    for name in [String::from("Barbara"), String::from("Edsger")] {
        println!("owned: {name}");
    }
}
