workspace "Shop" "A small shop." {

    model {
        !include ../shared/people.dsl
        shop = softwareSystem "Shop" "Sells things." {
            web = container "Web Shop" "Takes orders." "Next.js"
            orders = container "Order Service" "Keeps orders." "Java"
            db = container "Orders DB" "Stores orders." "PostgreSQL" "Database"
        }
        shopper -> web "Places orders"
        web -> orders "Submits orders" "HTTPS"
        orders -> db "Stores orders"
    }

    views {
        container shop "shop-containers" {
            title "Shop containers"
            include *
        }
        dynamic shop "checkout" {
            title "Checkout"
            shopper -> web "Check out"
            web -> orders "POST /orders"
            orders -> db "INSERT order"
            db -> orders "order id"
            properties {
                "plumbline.step.3.before" "alt Stock available"
                "plumbline.step.4.after" "end"
            }
        }
        styles {
            element "Database" {
                shape cylinder
            }
        }
    }
}
