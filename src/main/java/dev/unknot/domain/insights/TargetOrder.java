package dev.unknot.domain.insights;

import dev.unknot.domain.Target;
import dev.unknot.domain.TargetCatalogue;

import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Catalogue order for target ids; ids the catalogue no longer knows come after, alphabetically. */
final class TargetOrder implements Comparator<String> {
    private final Map<String, Integer> index = new HashMap<>();
    private final List<String> catalogueIds;

    TargetOrder(TargetCatalogue catalogue) {
        Objects.requireNonNull(catalogue, "catalogue");
        catalogueIds = catalogue.all().stream().map(Target::id).toList();
        for (int i = 0; i < catalogueIds.size(); i++) {
            index.put(catalogueIds.get(i), i);
        }
    }

    /** The catalogue's ids, in its order. */
    List<String> catalogueIds() {
        return catalogueIds;
    }

    @Override
    public int compare(String a, String b) {
        Integer ia = index.get(a);
        Integer ib = index.get(b);
        if (ia != null && ib != null) {
            return Integer.compare(ia, ib);
        }
        if (ia != null) {
            return -1;
        }
        if (ib != null) {
            return 1;
        }
        return a.compareTo(b);
    }

    /** The given ids, sorted, without repeats. */
    List<String> sorted(Collection<String> ids) {
        return ids.stream().distinct().sorted(this).toList();
    }
}
