workspace {
    model {
        clerk = person "Clerk"
        system = softwareSystem "Stock"
        clerk -> system "Uses"
    }
    views {
        systemContext system {
            include *
            autolayout lr
        }
    }
}
