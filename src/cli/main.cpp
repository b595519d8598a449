#include "cli/app.hpp"

int main(int argc, char** argv) {
    return llmpath::cli::run(argc, argv);
}
