#include <cstddef>
#include <iostream>
#include <string>
#include <utility>
#include <vector>

struct Buffer {
    std::string name;
    std::vector<unsigned char> bytes;
    Buffer(std::string n, std::size_t size)
        : name(std::move(n)), bytes(size) {}
    Buffer(Buffer&&) = default; // a user destructor would suppress it
    ~Buffer() {
        std::cout << "destroy \"" << name << "\" (" << bytes.size()
                  << " bytes)\n";
    }
};

void consume(Buffer buffer) {
    std::cout << "consume " << buffer.name << '\n';
}

int main() {
    Buffer source("source", 16);
    Buffer target = std::move(source); // source: valid but unspecified
    consume(std::move(target));        // target: valid but unspecified
    std::cout << "end of main\n";
} // the destructors of target and source still run here
