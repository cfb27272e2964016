use std::fmt::Debug;

// `T: 'a`: every borrow inside `T` lasts at least for `'a`.
fn boxed<'a, T: Debug + 'a>(value: T) -> Box<dyn Debug + 'a> {
    Box::new(value)
}

// `'static` outlives bounds are never inferred: write them.
struct Defaults<T: 'static> {
    value: &'static T,
}

// No `T: 'a` written: the compiler infers it from the field `&'a T`.
struct Slot<'a, T> {
    value: &'a T,
}

static LIMIT: u32 = 10;

fn main() {
    let name = String::from("Ferris");
    let items = [boxed(7), boxed(&name)];
    println!("{items:?}");
    let defaults = Defaults { value: &LIMIT };
    println!("limit {}", defaults.value);
    let slot = Slot { value: &name };
    println!("slot holds {:?}", slot.value);
}
