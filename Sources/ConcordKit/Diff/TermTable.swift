/// Interns terms given as UTF-8 bytes: the same bytes always get the same
/// id, ids counting up from 0 in order of first sight. An open-addressing
/// table, the terms' bytes kept end to end in one buffer, so interning a
/// term makes no `String` and no allocation.
struct TermTable {
    private var bytes: [UInt8] = []
    /// Where each id's bytes start in `bytes`; one more entry at the end.
    private var starts: [Int] = [0]
    /// Slot → id + 1 (0: empty). A power of two, at most half full.
    private var slots: [Int32]
    private var hashes: [UInt64] = []

    init(capacity: Int = 1024) {
        var size = 16
        while size < capacity * 2 { size *= 2 }
        slots = Array(repeating: 0, count: size)
    }

    /// How many distinct terms were interned.
    var count: Int { starts.count - 1 }

    /// The id of `term`, added when it is new.
    mutating func id(of term: UnsafeBufferPointer<UInt8>) -> Int {
        let (hash, slot, found) = find(term)
        if let found { return found }
        let id = count
        bytes += term
        starts.append(bytes.count)
        hashes.append(hash)
        slots[slot] = Int32(id + 1)
        if count * 2 > slots.count { grow() }
        return id
    }

    /// The id of `term` if it was interned, without adding it.
    func existingID(of term: UnsafeBufferPointer<UInt8>) -> Int? {
        find(term).id
    }

    /// The term's hash, and its id or else the empty slot where it goes.
    private func find(_ term: UnsafeBufferPointer<UInt8>) -> (hash: UInt64, slot: Int, id: Int?) {
        let hash = Self.hash(term)
        let mask = slots.count - 1
        var slot = Self.slot(hash, mask)
        while slots[slot] != 0 {
            let id = Int(slots[slot]) - 1
            if hashes[id] == hash, equals(id, term) { return (hash, slot, id) }
            slot = (slot + 1) & mask
        }
        return (hash, slot, nil)
    }

    /// The bytes' hash, read eight at a time (a clause's or a passage's
    /// words are interned whole to pair equal ones, and byte by byte that
    /// cost more than the look-up), the last few one by one (FNV-1a), then
    /// mixed so that every byte reaches the low bits a slot is taken from.
    private static func hash(_ term: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        var index = 0
        if term.count >= 8, let base = term.baseAddress {
            let raw = UnsafeRawPointer(base)
            while index + 8 <= term.count {
                hash = (hash ^ raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)) &* 0x9E37_79B9_7F4A_7C15
                hash ^= hash >> 29
                index += 8
            }
        }
        while index < term.count {
            hash = (hash ^ UInt64(term[index])) &* 0x100_0000_01B3
            index += 1
        }
        hash ^= hash >> 33
        hash = hash &* 0xFF51_AFD7_ED55_8CCD
        return hash ^ (hash >> 33)
    }

    @inline(__always)
    private static func slot(_ hash: UInt64, _ mask: Int) -> Int {
        Int(truncatingIfNeeded: hash) & mask
    }

    /// Compared eight bytes at a time: the hashes being equal, the bytes
    /// nearly always are, and each is read.
    private func equals(_ id: Int, _ term: UnsafeBufferPointer<UInt8>) -> Bool {
        let start = starts[id], end = starts[id + 1]
        guard end - start == term.count else { return false }
        guard let other = term.baseAddress, term.count > 0 else { return true }
        return bytes.withUnsafeBufferPointer { stored in
            let mine = UnsafeRawPointer(stored.baseAddress! + start), theirs = UnsafeRawPointer(other)
            var offset = 0
            while offset + 8 <= term.count {
                guard mine.loadUnaligned(fromByteOffset: offset, as: UInt64.self)
                        == theirs.loadUnaligned(fromByteOffset: offset, as: UInt64.self) else { return false }
                offset += 8
            }
            while offset < term.count {
                guard mine.load(fromByteOffset: offset, as: UInt8.self) == theirs.load(fromByteOffset: offset, as: UInt8.self) else { return false }
                offset += 1
            }
            return true
        }
    }

    private mutating func grow() {
        slots = Array(repeating: 0, count: slots.count * 2)
        let mask = slots.count - 1
        for (id, hash) in hashes.enumerated() {
            var slot = Self.slot(hash, mask)
            while slots[slot] != 0 { slot = (slot + 1) & mask }
            slots[slot] = Int32(id + 1)
        }
    }
}
