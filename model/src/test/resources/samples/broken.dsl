workspace "Broken" "A workspace that parses but breaks every Plumbline rule once." {

    model {
        user = person "User" "Uses it."
        app = softwareSystem "App" {
            api = container "API" "Serves." "Java"
            db = container "DB" "Stores." "PostgreSQL"
        }
        lonely = softwareSystem "Lonely" "Nobody draws me."
        user -> api "Calls"
        api -> db
    }

    views {
        dynamic app "calls" {
            title "Calls"
            user -> api "GET /things"
            api -> db "SELECT"
            properties {
                "plumbline.step.1.before" "alt Happy path"
                "plumbline.step.2.before" "else"
                "plumbline.step.2.after" "elsewhere Sad path"
                "plumbline.step.9.after" "end"
                "plumbline.step.1.after" "note over ghost: Boo"
                "plumbline.step.2.arrow" "wavy"
                "plumbline.colour" "red"
                "plumbline.step.1.after.2" "par Not parallel"
            }
        }
        container app "nothing" {
            title "Nothing"
        }
    }
}
