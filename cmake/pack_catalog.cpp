// Build tool: validates data/catalog.json and writes its packed form for embedding.
// Usage: llmpath_pack CATALOG.json OUT.pack
// A catalogue with problems fails the build, with every problem as FILE:POINTER: message.
#include <llmpath/catalog.hpp>
#include <llmpath/catalog_pack.hpp>
#include <llmpath/error.hpp>

#include <fstream>
#include <iostream>
#include <sstream>

int main(int argc, char** argv) {
    if (argc != 3) {
        std::cerr << "usage: llmpath_pack CATALOG.json OUT.pack\n";
        return 2;
    }
    std::ifstream in(argv[1], std::ios::binary);
    if (!in) {
        std::cerr << argv[1] << ": cannot read\n";
        return 1;
    }
    std::ostringstream text;
    text << in.rdbuf();
    try {
        const llmpath::Catalog catalog = llmpath::load_catalog(text.str(), argv[1]);
        const std::string packed = llmpath::pack_catalog(catalog);
        if (!(llmpath::unpack_catalog(packed, argv[1]) == catalog)) {
            std::cerr << argv[1] << ": packing does not round-trip\n";
            return 1;
        }
        std::ofstream out(argv[2], std::ios::binary | std::ios::trunc);
        out << packed;
        if (!out.flush()) {
            std::cerr << argv[2] << ": cannot write\n";
            return 1;
        }
    } catch (const llmpath::CatalogError& e) {
        std::cerr << e.what() << "\n";
        return 3;
    }
    return 0;
}
