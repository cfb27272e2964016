fn main() {
    let podium = [
        String::from("Ada"),
        String::from("Grace"),
        String::from("Alan"),
    ];
    let winner = podium[0];
    println!("winner: {winner}");
}
