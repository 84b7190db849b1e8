workspace {
    model {
        clerk = person "Clerk"
        system = softwareSystem "Shop"
        clerk -> system "Uses"
        lonely = softwareSystem "Lonely" "Talks to no one."
    }
    views {
        systemContext system {
            include *
            autolayout lr
        }
    }
}
