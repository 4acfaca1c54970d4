# Joinery's front door: a thin wrapper over CMake (in the manner of neovim's top-level Makefile).
#   make run    install missing packages, build, launch the app on its embedded engine with demo load
#   make test   install missing packages, build, run the whole test suite (offscreen)
# Other targets: deps, build, translations, clean, asan (sanitizer build + tests).

BUILD_DIR    ?= build
BUILD_TYPE   ?= RelWithDebInfo
CMAKE        ?= cmake
CTEST        ?= ctest
JOBS         ?= $(shell nproc 2>/dev/null || echo 2)
RUN_ARGS     ?= --demo

# Exactly what building, running and testing Joinery needs on Debian 12.
DEB_PACKAGES := \
	g++ cmake ninja-build ccache pkg-config \
	qt6-base-dev qt6-base-dev-tools qt6-qpa-plugins libgl-dev \
	qt6-httpserver-dev qt6-websockets-dev qt6-declarative-dev libxkbcommon-dev \
	qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n \
	libqcustomplot-dev libsqlite3-dev sqlite3 libjq-dev \
	xvfb xauth imagemagick xdotool fonts-noto-cjk

SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

# ccache hits across clones in different folders (CI builds a fresh clone each time): paths are
# made relative to the checkout and the working directory is left out of the hash.
export CCACHE_BASEDIR := $(CURDIR)
export CCACHE_NOHASHDIR := true

.PHONY: all deps build run test translations clean asan

all: build

deps:
	@missing=""; \
	for p in $(DEB_PACKAGES); do \
		dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q "install ok installed" || missing="$$missing $$p"; \
	done; \
	if [ -n "$$missing" ]; then \
		echo "make deps: installing$$missing"; \
		$(SUDO) apt-get update -qq && \
		DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq --no-install-recommends $$missing; \
	else \
		echo "make deps: all $(words $(DEB_PACKAGES)) packages present"; \
	fi
	@# Node.js and npm run only the interop tests; a machine may carry them from outside Debian.
	@command -v npm >/dev/null 2>&1 || { echo "make deps: installing nodejs npm"; \
		$(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq nodejs npm; }

$(BUILD_DIR)/build.ninja:
	$(CMAKE) -S . -B $(BUILD_DIR) -G Ninja -DCMAKE_BUILD_TYPE=$(BUILD_TYPE) \
		-DCMAKE_CXX_COMPILER_LAUNCHER=ccache

build: deps $(BUILD_DIR)/build.ninja
	$(CMAKE) --build $(BUILD_DIR) -j $(JOBS)

run: build
	$(BUILD_DIR)/app/joinery $(RUN_ARGS)

test: build
	cd $(BUILD_DIR) && QT_QPA_PLATFORM=offscreen $(CTEST) --output-on-failure -j $(JOBS) --timeout 900

translations: deps $(BUILD_DIR)/build.ninja
	$(CMAKE) --build $(BUILD_DIR) --target update_translations

asan: deps
	$(CMAKE) --preset asan && $(CMAKE) --build --preset asan -j $(JOBS) && $(CTEST) --preset asan -j $(JOBS)

clean:
	rm -rf $(BUILD_DIR) build-asan
