#include <iostream>
#include <memory>
#include <string>
#include <utility>

int main() {
    auto name = std::make_unique<std::string>("Ferris");
    auto owner = std::move(name); // name is now guaranteed to be null
    std::cout << "owner: " << *owner << std::endl;

    std::cout << "name: " << *name << '\n'; // undefined behaviour
}
