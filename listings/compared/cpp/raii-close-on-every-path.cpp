#include <iostream>
#include <stdexcept>
#include <string>

// Stands in for std::ofstream: opens in its constructor, closes in its
// destructor, and prints both.
class LogFile {
  public:
    explicit LogFile(std::string name) : name_(std::move(name)) {
        std::cout << "open " << name_ << '\n';
    }
    ~LogFile() { std::cout << "close " << name_ << '\n'; }
    void write(const std::string& text) { std::cout << "  " << text << '\n'; }

  private:
    std::string name_;
};

void append_line(const std::string& text) {
    LogFile file("log.txt");
    if (text.empty())
        throw std::invalid_argument("empty line");
    file.write(text);
} // file's destructor runs here, on every path

int main() {
    append_line("hello");
    try {
        append_line("");
    } catch (const std::invalid_argument& error) {
        std::cout << "caught: " << error.what() << '\n';
    }
}
