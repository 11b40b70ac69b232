# The two commands of the project are `make run` and `make test`; see README.md.
JOBS ?= 2
BUILD ?= build
TEST_BUILD ?= build-test
DATA ?= data
LISTEN ?= 127.0.0.1:8080

.PHONY: run test check build bench deps test-deps check-deps frontend unit black-box catalogs clean

run: deps build
	@mkdir -p $(DATA)
	@if [ ! -f $(DATA)/.demo-loaded ]; then \
	  $(BUILD)/pmi demo --data $(DATA) && touch $(DATA)/.demo-loaded; \
	else \
	  echo "Demo accounts: admin@pmi.example, officer@pmi.example, reviewer@pmi.example, applicant@pmi.example, partner@pmi.example (password demo-password-2026)"; \
	fi
	@echo "Open http://$(LISTEN)/ (Ctrl-C stops the server)"
	$(BUILD)/pmi serve --data $(DATA) --listen $(LISTEN)

build: deps frontend
	@cmake -S . -B $(BUILD) -DCMAKE_BUILD_TYPE=RelWithDebInfo -DPMI_TESTS=OFF > /dev/null
	@cmake --build $(BUILD) -j$(JOBS)

# The test build: AddressSanitizer and UndefinedBehaviorSanitizer, with the test programs.
$(TEST_BUILD)/pmi: deps frontend FORCE
	@cmake -S . -B $(TEST_BUILD) -DCMAKE_BUILD_TYPE=Debug -DPMI_SANITIZE=ON -DPMI_TESTS=ON > /dev/null
	@cmake --build $(TEST_BUILD) -j$(JOBS)
FORCE:

test: test-deps $(TEST_BUILD)/pmi
	@scripts/run-tests $(TEST_BUILD)

# The whole test plan at full length: make test's suites, each fuzz target for 60 s, then the
# full-length races, kill -9 durability and XSS sweep, and the injection scanners, on both
# backends, malformed HTTP, slow clients, and the soak of the release build (so it is built
# too) and of the test build.
check: check-deps build $(TEST_BUILD)/pmi
	@RELEASE_BUILD=$(BUILD) scripts/check $(TEST_BUILD)

bench:
	@bench/run $(SUITE)

deps:
	@scripts/install-deps build

test-deps:
	@scripts/install-deps test

check-deps:
	@scripts/install-deps check

frontend: node_modules/.package-lock.json
node_modules/.package-lock.json: package.json package-lock.json
	@npm ci --no-audit --no-fund --loglevel=error

catalogs:
	@scripts/update-catalogs

clean:
	rm -rf $(BUILD) $(TEST_BUILD) build-controls
