workspace "From a pull request" {
    model {
        leak = softwareSystem "${HOME}" "Would print the build machine's home folder."
        !include ../../../../outside.dsl
    }
    views {
        systemLandscape "landscape" {
            include *
        }
    }
}
