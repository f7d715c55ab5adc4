# Thin front for CMake, as DuckDB does.  make | make demo | make test | make bench
BUILD ?= build/release
JOBS  ?= $(shell nproc)
DYAD  := $(BUILD)/dyad

.PHONY: all release deps demo test bench clean format
all: release

deps:
	@bash scripts/setup-deps.sh

release: deps
	@cmake -S . -B $(BUILD) -DCMAKE_BUILD_TYPE=Release >/dev/null
	@cmake --build $(BUILD) -j $(JOBS)

demo: release
	@bash scripts/demo.sh $(DYAD)

test: release
	@cd $(BUILD) && ctest --output-on-failure -j $(JOBS)

bench: release
	@bash bench/run.sh $(BUILD)

clean:
	rm -rf build demo.db

format:
	clang-format -i $$(git ls-files '*.cc' '*.h')
