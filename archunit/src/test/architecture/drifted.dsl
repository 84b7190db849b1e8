workspace "Drifted Shop" "A deliberately drifted sample: each of the five rules fails on it." {

    model {
        shop = softwareSystem "Drifted Shop" "Sells things, with code and model apart." {
            orders = container "Orders" "Takes orders." "Java" {
                properties {
                    "plumbline.code" "com.example.drifted.orders.."
                }
            }
            payments = container "Payments" "Charges cards." "Java" {
                properties {
                    "plumbline.code" "com.example.drifted.payments.."
                }
            }
            stock = container "Stock" "Reserves items." "Java" {
                properties {
                    "plumbline.code" "com.example.drifted.stock.."
                }
            }
            audit = container "Audit" "Keeps an audit trail." "Java" {
                properties {
                    "plumbline.code" "com.example.drifted.audit.., com.example.drifted.legacy.., com.example.drifted.*.audit"
                }
            }
            alerts = container "Stock Alerts" "Carries low-stock alerts." "Java" {
                properties {
                    "plumbline.code" "com.example.drifted.alerts.."
                }
            }
            notifier = container "Notifier" "Mails low-stock alerts." "Java" {
                properties {
                    "plumbline.code" "com.example.drifted.notifier.."
                }
            }
            shipping = container "Shipping" "Ships parcels." "Java" {
                properties {
                    "plumbline.code" "com.example.drifted.shipping.."
                }
            }
        }

        orders -> payments "Charges cards with"
        orders -> stock "Reserves items with"
        audit -> orders "Reads orders from"
        alerts -> notifier "Delivers low-stock alerts to"
    }

    views {
        container shop "drifted-containers" {
            include *
        }
    }
}
