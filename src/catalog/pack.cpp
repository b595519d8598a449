#include <llmpath/catalog_pack.hpp>

#include <llmpath/error.hpp>

#include <concepts>
#include <cstdint>
#include <cstring>
#include <map>
#include <type_traits>

namespace llmpath {

namespace {

// Bumped whenever the layout changes; a mismatch is an error, never a misread.
constexpr std::uint32_t k_magic = 0x4C4C4D50; // "LLMP"
constexpr std::uint32_t k_pack_version = 4;

template <typename T, typename U>
concept Is = std::same_as<std::remove_const_t<T>, U>;

// The one list of each struct's packed fields, in order, for the writer and the reader alike:
// a new field is added here once.
template <typename V, Is<Condition> T> void fields(V& v, T& x) {
    v(x.question, x.in, x.min, x.max);
}
template <typename V, Is<Layer> T> void fields(V& v, T& x) {
    v(x.id, x.name, x.short_name, x.description, x.tools, x.directions);
}
template <typename V, Is<Direction> T> void fields(V& v, T& x) {
    v(x.id, x.name, x.tagline, x.keywords, x.suits, x.work, x.verdict, x.interview_questions,
      x.interview_tasks);
}
template <typename V, Is<HoursBy> T> void fields(V& v, T& x) {
    v(x.question, x.hours);
}
template <typename V, Is<CheckpointPart> T> void fields(V& v, T& x) {
    v(x.text, x.tasks);
}
template <typename V, Is<Phase> T> void fields(V& v, T& x) {
    v(x.id, x.title, x.start_day, x.end_day, x.goal, x.checkpoint, x.direction_checkpoints,
      x.ready_to_apply);
}
template <typename V, Is<GpuClass> T> void fields(V& v, T& x) {
    v(x.id, x.name, x.memory_gb, x.cents_per_hour);
}
template <typename V, Is<GpuPrices> T> void fields(V& v, T& x) {
    v(x.currency, x.checked, x.source, x.classes);
}
template <typename V, Is<GpuNeed> T> void fields(V& v, T& x) {
    v(x.gpu_class, x.count, x.tenths);
}
template <typename V, Is<Shortcut> T> void fields(V& v, T& x) {
    v(x.hours, x.how, x.without);
}
template <typename V, Is<PitfallList> T> void fields(V& v, T& x) {
    v(x.title, x.items);
}
template <typename V, Is<Pitfall> T> void fields(V& v, T& x) {
    v(x.id, x.title, x.summary, x.lists, x.flag_when, x.tasks);
}
template <typename V, Is<Skill> T> void fields(V& v, T& x) {
    v(x.id, x.name);
}
template <typename V, Is<Choice> T> void fields(V& v, T& x) {
    v(x.value, x.label, x.weights, x.reasons, x.skills, x.defaults);
}
template <typename V, Is<DefaultValue> T> void fields(V& v, T& x) {
    v(x.choice, x.choices, x.integer, x.boolean, x.date, x.today);
}
template <typename V, Is<Question> T> void fields(V& v, T& x) {
    v(x.id, x.type, x.prompt, x.help, x.short_label, x.default_value, x.when, x.choices, x.min,
      x.max, x.min_selected, x.max_selected, x.pattern, x.max_length);
}
template <typename V, Is<Resource> T> void fields(V& v, T& x) {
    v(x.type, x.title, x.url);
}
template <typename V, Is<Task> T> void fields(V& v, T& x) {
    v(x.id, x.phase, x.directions, x.title, x.summary, x.hours, x.core, x.bridging, x.prerequisites,
      x.deliverable, x.resources, x.skip_if_skills, x.presents, x.uses, x.teaches, x.shorten, x.gpu,
      x.interview, x.priority, x.hours_by);
}
template <typename V, Is<Catalog> T> void fields(V& v, T& x) {
    v(x.schema_version, x.id, x.version, x.languages, x.title, x.description, x.layers,
      x.directions, x.phases, x.pitfalls, x.skills, x.questions, x.tasks, x.gpu);
}

template <typename V, typename T>
concept HasFields = requires(V& v, T& x) {
    fields(v, x);
};

constexpr std::uint32_t enum_max(QuestionType) {
    return static_cast<std::uint32_t>(QuestionType::text);
}
constexpr std::uint32_t enum_max(ResourceType) {
    return static_cast<std::uint32_t>(ResourceType::paper);
}

void append_u32(std::string& out, std::uint64_t v) {
    const auto x = static_cast<std::uint32_t>(v);
    char b[4];
    std::memcpy(b, &x, 4);
    out.append(b, 4);
}

// The layout: magic, version, the sizes of the structure and of the pools, the structure, then
// the characters of the texts in pools, one per language (plain strings first, then in the
// catalogue's language order). Unpacking views the pools in place, so a run reads only the pools
// of its language.
class Writer {
  public:
    explicit Writer(const std::vector<std::string>& languages) {
        m_pools.emplace_back(); // plain strings
        for (const auto& lang : languages) {
            pool_of(lang);
        }
        u32(k_magic);
        u32(k_pack_version);
    }

    template <typename... T> void operator()(const T&... xs) { (write(xs), ...); }

    /// The whole pack: the structure written so far, then the pools.
    std::string finish() {
        std::vector<std::size_t> base(m_pools.size());
        std::string pools;
        for (std::size_t i = 0; i < m_pools.size(); ++i) {
            base[i] = pools.size();
            pools += m_pools[i].chars;
        }
        for (const auto& [at, pool, offset] : m_refs) {
            const auto x = static_cast<std::uint32_t>(base[pool] + offset);
            std::memcpy(m_out.data() + at, &x, 4);
        }
        std::string pack;
        pack.reserve(16 + m_out.size() + pools.size());
        pack.append(m_out, 0, 8); // magic and version
        append_u32(pack, m_out.size() - 8);
        append_u32(pack, pools.size());
        pack.append(m_out, 8);
        pack += pools;
        return pack;
    }

  private:
    void u32(std::uint64_t v) { append_u32(m_out, v); }
    void write(bool v) { m_out += v ? '\1' : '\0'; }
    void write(std::int64_t v) {
        char b[8];
        std::memcpy(b, &v, 8);
        m_out.append(b, 8);
    }
    void write(int v) { write(static_cast<std::int64_t>(v)); }
    void write(const std::string& s) {
        u32(s.size());
        m_out += s;
    }
    template <typename E>
    requires std::is_enum_v<E>
    void write(E e) { u32(static_cast<std::uint32_t>(e)); }
    void write(const Text& t) {
        ref(0, t.any);
        u32(t.by_lang.size());
        for (const auto& [lang, value] : t.by_lang) {
            write(std::string(lang));
            ref(pool_of(lang), value);
        }
    }
    template <typename T> void write(const std::optional<T>& o) {
        write(o.has_value());
        if (o) {
            write(*o);
        }
    }
    template <typename T> void write(const std::vector<T>& items) {
        u32(items.size());
        for (const auto& x : items) {
            write(x);
        }
    }
    template <typename T> void write(const std::map<std::string, T>& items) {
        u32(items.size());
        for (const auto& [k, x] : items) {
            write(k);
            write(x);
        }
    }
    template <typename T>
    requires HasFields<Writer, const T>
    void write(const T& x) { fields(*this, x); }

    struct Pool {
        std::string lang;
        std::string chars;
        std::map<std::string, std::size_t, std::less<>> offsets; // a text given twice is kept once
    };
    struct Ref {
        std::size_t at; // where its offset goes in m_out
        std::size_t pool;
        std::size_t offset; // in the pool
    };

    std::size_t pool_of(std::string_view lang) {
        for (std::size_t i = 1; i < m_pools.size(); ++i) {
            if (m_pools[i].lang == lang) {
                return i;
            }
        }
        m_pools.push_back({std::string(lang), {}, {}});
        return m_pools.size() - 1;
    }
    // Offset (patched in finish()) and size of `s` in a pool.
    void ref(std::size_t pool, std::string_view s) {
        Pool& p = m_pools[pool];
        auto it = p.offsets.find(s);
        if (it == p.offsets.end()) {
            it = p.offsets.emplace(std::string(s), p.chars.size()).first;
            p.chars += s;
        }
        m_refs.push_back({m_out.size(), pool, it->second});
        u32(0);
        u32(s.size());
    }

    std::string m_out;
    std::vector<Pool> m_pools;
    std::vector<Ref> m_refs;
};

class Reader {
  public:
    Reader(std::string_view bytes, const std::string& source) : m_in(bytes), m_source(source) {
        if (u32() != k_magic || u32() != k_pack_version) {
            fail();
        }
        // The structure's size, then the pools' size, which end the pack.
        const std::size_t size = u32();
        const std::size_t pools = u32();
        need(size);
        if (m_in.size() - m_pos - size != pools) {
            fail();
        }
        m_pools = m_in.substr(m_pos + size);
        m_in = m_in.substr(0, m_pos + size);
    }

    template <typename... T> void operator()(T&... xs) { (read(xs), ...); }

    bool done() const { return m_pos == m_in.size(); }
    [[noreturn]] void fail() const {
        throw CatalogError(
            m_source,
            {{"", 0, 0, "the packed catalogue is damaged at byte " + std::to_string(m_pos)}});
    }

  private:
    void need(std::size_t n) const {
        if (n > m_in.size() - m_pos) {
            fail();
        }
    }
    std::uint32_t u32() {
        need(4);
        std::uint32_t v;
        std::memcpy(&v, m_in.data() + m_pos, 4);
        m_pos += 4;
        return v;
    }
    /// A count of items each at least one byte long: bounded by what is left.
    std::size_t count() {
        const std::size_t n = u32();
        if (n > m_in.size() - m_pos) {
            fail();
        }
        return n;
    }
    void read(bool& v) {
        need(1);
        v = m_in[m_pos++] != '\0';
    }
    void read(std::int64_t& v) {
        need(8);
        std::memcpy(&v, m_in.data() + m_pos, 8);
        m_pos += 8;
    }
    void read(int& v) {
        std::int64_t wide = 0;
        read(wide);
        if (wide < INT32_MIN || wide > INT32_MAX) {
            fail();
        }
        v = static_cast<int>(wide);
    }
    std::string_view view() {
        const std::size_t n = u32();
        need(n);
        const std::string_view s = m_in.substr(m_pos, n);
        m_pos += n;
        return s;
    }
    void read(std::string& s) { s = std::string(view()); }
    template <typename E>
    requires std::is_enum_v<E>
    void read(E& e) {
        const auto v = u32();
        if (v > enum_max(E{})) {
            fail();
        }
        e = static_cast<E>(v);
    }
    // Characters in the pools, viewed in place.
    std::string_view ref() {
        const std::size_t offset = u32();
        const std::size_t size = u32();
        if (offset > m_pools.size() || size > m_pools.size() - offset) {
            fail();
        }
        return m_pools.substr(offset, size);
    }
    void read(Text& t) {
        t.any = ref();
        for (std::size_t n = count(); n > 0; --n) {
            const std::string_view lang = view();
            t.by_lang.push_back({lang, ref()});
        }
    }
    template <typename T> void read(std::optional<T>& o) {
        bool present = false;
        read(present);
        if (present) {
            read(o.emplace());
        }
    }
    template <typename T> void read(std::vector<T>& items) {
        items.resize(count());
        for (auto& x : items) {
            read(x);
        }
    }
    template <typename T> void read(std::map<std::string, T>& items) {
        for (std::size_t n = count(); n > 0; --n) {
            std::string k;
            read(k);
            read(items[std::move(k)]);
        }
    }
    template <typename T>
    requires HasFields<Reader, T>
    void read(T& x) { fields(*this, x); }

    std::string_view m_in;
    std::string_view m_pools;
    std::size_t m_pos = 0;
    const std::string& m_source;
};

} // namespace

std::string pack_catalog(const Catalog& catalog) {
    Writer w(catalog.languages);
    fields(w, catalog);
    return w.finish();
}

Catalog unpack_catalog(std::string_view bytes, const std::string& source) {
    Reader r(bytes, source);
    Catalog c;
    fields(r, c);
    if (!r.done()) {
        r.fail();
    }
    c.build_index();
    return c;
}

} // namespace llmpath
