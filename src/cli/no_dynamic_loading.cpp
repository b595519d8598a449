// The static binary loads no shared library. ICU refers to dlopen only to load plugins, which
// llmpath never uses. The link wraps ICU's three calls (-Wl,--wrap, CMakeLists.txt) to these,
// which answer "not loaded", as when no plugin is installed: glibc's static dlopen would need
// the build machine's shared glibc at run time, and the linker warns of it.
#ifdef LLMPATH_STATIC_BINARY

extern "C" {

void* __wrap_dlopen(const char* /*file*/, int /*mode*/) {
    return nullptr;
}

void* __wrap_dlsym(void* /*handle*/, const char* /*name*/) {
    return nullptr;
}

int __wrap_dlclose(void* /*handle*/) {
    return 0;
}

} // extern "C"

#endif
