workspace "Shop" "A clean sample: its code matches its model." {

    model {
        customer = person "Customer" "Buys things."
        shop = softwareSystem "Shop" "Sells things." {
            web = container "Web" "The storefront." "Java" {
                properties {
                    "plumbline.code" "com.example.shop.web.."
                }
            }
            orders = container "Orders" "Takes orders." "Java" {
                properties {
                    "plumbline.code" "com.example.shop.orders.."
                }
            }
            payments = container "Payments" "Charges cards." "Java" {
                properties {
                    "plumbline.code" "com.example.shop.payments.."
                }
            }
            bus = container "Event Bus" "Carries events." "Java" {
                properties {
                    "plumbline.code" "com.example.shop.bus.."
                }
            }
            audit = container "Audit" "Keeps an audit trail." "Java" {
                properties {
                    "plumbline.code" "com.example.shop.audit.."
                }
            }
            scheduler = container "Scheduler" "Starts nightly jobs." "Java" {
                properties {
                    "plumbline.code" "com.example.shop.scheduler.."
                }
            }
            db = container "Orders DB" "Stores orders." "PostgreSQL" "Database"
        }

        customer -> web "Shops with"
        web -> orders "Places orders with"
        orders -> payments "Charges cards with"
        orders -> bus "Publishes order events to"
        orders -> db "Reads and writes"
        bus -> audit "Delivers events to" "" "plumbline.code.reversed"
        scheduler -> orders "Triggers the nightly report of" {
            properties {
                "plumbline.code" "none"
            }
        }
    }

    views {
        container shop "shop-containers" {
            include *
        }
    }
}
