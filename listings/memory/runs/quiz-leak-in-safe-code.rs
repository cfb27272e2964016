// Two ways to give up a heap block without ever freeing it.
fn main() {
    let boxed = Box::new(String::from("never freed"));
    let motto: &'static mut String = Box::leak(boxed);
    motto.push('!');
    println!("{motto}");

    let scores = vec![90, 85, 77];
    std::mem::forget(scores);
    println!("forgot the scores");
}
